/**
 * The built-in catalogue: every statute rule and portfolio rule of the library in report order, the engines
 * that run them, and the rules that take a setting (a lead time, days in transit, a response time). The rule
 * classes live in packages of the module that are not exported; a caller knows a rule by its id and definition.
 */
@NullMarked
package de.nextnetz.rules.builtin;

import org.jspecify.annotations.NullMarked;
