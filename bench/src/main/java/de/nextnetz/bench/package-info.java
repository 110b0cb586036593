/** JMH benchmarks of next against its peers (Easy Rules, Drools, plain Jackson, a hand-written loop). */
@NullMarked
package de.nextnetz.bench;

import org.jspecify.annotations.NullMarked;
