/**
 * Runnable examples of the next SDK, each a small program that uses the API the way an
 * application would, on the NExT data set built from the seeds.
 */
@NullMarked
package de.nextnetz.examples;

import org.jspecify.annotations.NullMarked;
