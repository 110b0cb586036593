package de.nextnetz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "five-minute tour" compiles as it stands: its Java snippets, verbatim, with the
 * imports the README shows, against the published modules. Statements become the body of one
 * method (in order, so a later snippet may use an earlier one's variables); a snippet that declares
 * a class or a test method becomes members of the enclosing class.
 */
class ReadmeTourTest {

  private static final Path README = Path.of("../README.md");
  private static final Pattern JAVA = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  /** The Java snippets of the tour, from its heading to the next section of the same level. */
  static List<String> tourSnippets() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("## A five-minute tour of the API");
    int end = readme.indexOf("\n## ", start + 1);
    Matcher matcher = JAVA.matcher(readme.substring(start, end));
    List<String> snippets = new ArrayList<>();
    while (matcher.find()) {
      snippets.add(matcher.group(1));
    }
    return snippets;
  }

  static String program(List<String> snippets) {
    StringBuilder imports = new StringBuilder();
    StringBuilder members = new StringBuilder();
    StringBuilder statements = new StringBuilder();
    for (String snippet : snippets) {
      StringBuilder body = new StringBuilder();
      for (String line : snippet.split("\n", -1)) {
        if (line.startsWith("import ")) {
          imports.append(line).append('\n');
        } else {
          body.append(line).append('\n');
        }
      }
      String code = body.toString();
      boolean declares = code.contains("\nclass ") || code.startsWith("public final class ") || code.contains("@Test");
      (declares ? members : statements).append(code);
    }
    return imports + "\n@SuppressWarnings(\"unused\")\npublic class Tour {\n" + members
        + "\n  void tour() throws Exception {\n" + statements + "\n  }\n}\n";
  }

  @Test
  @DisplayName("The README's tour compiles verbatim with the imports it shows")
  void the_readme_tour_compiles(@TempDir Path out) throws IOException {
    List<String> snippets = tourSnippets();
    assertThat(snippets).hasSizeGreaterThanOrEqualTo(8);
    assertThat(snippets.get(0)).as("the first snippet shows the imports").startsWith("import ");
    String source = program(snippets);
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Tour.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();

    boolean compiled = compiler.getTask(diagnostics, null, null,
        List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-proc:none", "--release", "17"),
        null, List.of(file)).call();

    assertThat(compiled).as(diagnostics + "\n" + source).isTrue();
  }
}
