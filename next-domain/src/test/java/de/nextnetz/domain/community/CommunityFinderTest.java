package de.nextnetz.domain.community;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.seeds.NextSeeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The index behind the event import finds the community a search through the list finds. */
class CommunityFinderTest {

  @Test
  @DisplayName("Community.finder answers as the first community isKnownAs names, for NExT's communities and 20,000"
      + " generated names with shared aliases, case and spaces")
  void the_finder_agrees_with_a_search_in_order() {
    List<Community> next = NextSeeds.association().getCommunities();
    Function<String, Optional<Community>> finder = Community.finder(next);
    for (Community community : next) {
      for (String name : names(community)) {
        assertThat(finder.apply("  " + name.toUpperCase(Locale.ROOT) + " ")).isEqualTo(search(next, name));
      }
    }
    Random random = new Random(32);
    List<Community> generated = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Community.Builder community = Community.builder().id("c" + i).name("Name " + random.nextInt(200));
      for (int a = random.nextInt(3); a > 0; a--) {
        community.addAliases("Alias " + random.nextInt(100));
      }
      generated.add(community.build());
    }
    Function<String, Optional<Community>> generatedFinder = Community.finder(generated);
    for (int i = 0; i < 20_000; i++) {
      String name = (random.nextBoolean() ? "name " : " ALIAS ") + random.nextInt(250);
      assertThat(generatedFinder.apply(name)).as(name).isEqualTo(search(generated, name));
    }
  }

  private static List<String> names(Community community) {
    List<String> names = new ArrayList<>(community.getAliases());
    names.add(community.getName());
    return names;
  }

  private static Optional<Community> search(List<Community> communities, String name) {
    return communities.stream().filter(community -> community.isKnownAs(name)).findFirst();
  }
}
