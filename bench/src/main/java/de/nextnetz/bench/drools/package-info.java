/** The facts the Drools peer reasons over: flat views of members, applications, reviews and elections. */
@NullMarked
package de.nextnetz.bench.drools;

import org.jspecify.annotations.NullMarked;
