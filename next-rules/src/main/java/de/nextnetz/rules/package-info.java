/**
 * The rules module of next; see the project's README for what it holds.
 */
@NullMarked
package de.nextnetz.rules;

import org.jspecify.annotations.NullMarked;
