/**
 * NExT e. V. as its public documents describe it: the activity report 2024, Wiesbaden's council
 * resolution Nr. 0057 and press release, and the cooperation article of 2019. {@link
 * de.nextnetz.domain.seeds.NextSeeds} builds the association from them; what the documents do not
 * give (ordinary members, their admissions) is filled in with plainly marked placeholders. Beside it the
 * Musterverein, an association that is not NExT, to try every feature on.
 *
 * <p>These are the fixtures of the library's tests, not part of the model: on the module path the package is
 * exported to the test kit only, whose {@code de.nextnetz.test.NextFixtures} hands them out, and the {@code next}
 * tool and its examples read the same data set as a JSON document ({@code de.nextnetz.examples.NextDataSet}).
 *
 * <p>Thread safety: every value type here is immutable and may be shared between threads; the
 * builders ({@code builder()}, {@code Immutable…Builder}) are not thread-safe and serve one thread.
 */
@NullMarked
@NextStyle
package de.nextnetz.domain.seeds;

import de.nextnetz.domain.base.NextStyle;
import org.jspecify.annotations.NullMarked;
