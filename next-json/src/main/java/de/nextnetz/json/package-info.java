/**
 * The json module of next; see the project's README for what it holds.
 */
@NullMarked
package de.nextnetz.json;

import org.jspecify.annotations.NullMarked;
