package de.nextnetz.json;

import static org.assertj.core.api.Assertions.assertThat;

import de.nextnetz.domain.Association;
import de.nextnetz.domain.base.Ids;
import de.nextnetz.domain.dues.Mandate;
import de.nextnetz.domain.seeds.Musterverein;
import de.nextnetz.domain.validation.DomainValidator;
import de.nextnetz.domain.validation.Semantic;
import de.nextnetz.json.codec.DomainCodecs;
import de.nextnetz.json.codec.ObjectCodec;
import de.nextnetz.json.problem.NextJsonException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The strict reader validates only the group {@link Semantic} after reading (issue 31), because it checks the shape of
 * every identifier and text itself. Two tests keep that true: every constraint of the model outside the group is a
 * shape the reader checks, and whatever the reader accepts, the whole validation accepts too.
 */
class ValidationSplitTest {

  /** The shapes the reader checks as it reads a text, by their regular expressions. */
  private static final Set<String> SHAPES_THE_READER_CHECKS = Set.of(Ids.PATTERN, Ids.NOT_BLANK, Mandate.REFERENCE_PATTERN);

  private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  @DisplayName("every constraint of the model is in the group Semantic or a shape of a text that the reader checks")
  void every_constraint_outside_the_group_is_a_shape_the_reader_checks() {
    Validator validator = FACTORY.getValidator();
    List<String> outside = new ArrayList<>();
    int semantic = 0;
    int shapes = 0;
    for (ObjectCodec<?, ?> codec : DomainCodecs.all()) {
      BeanDescriptor bean = validator.getConstraintsForClass(codec.type());
      List<ConstraintDescriptor<?>> constraints = new ArrayList<>(bean.getConstraintDescriptors());
      for (PropertyDescriptor property : bean.getConstrainedProperties()) {
        constraints.addAll(property.getConstraintDescriptors());
        addContainerElements(property.getConstrainedContainerElementTypes(), constraints);
      }
      for (ConstraintDescriptor<?> constraint : constraints) {
        if (constraint.getGroups().contains(Semantic.class)) {
          semantic++;
        } else if (constraint.getAnnotation() instanceof Pattern pattern
            && SHAPES_THE_READER_CHECKS.contains(pattern.regexp())) {
          shapes++;
        } else {
          outside.add(codec.type().getSimpleName() + ": " + constraint.getAnnotation());
        }
      }
    }
    assertThat(outside).as("constraints the reader would no longer check").isEmpty();
    assertThat(semantic).isGreaterThan(30);
    assertThat(shapes).isGreaterThan(100);
  }

  private static void addContainerElements(Set<ContainerElementTypeDescriptor> elements, List<ConstraintDescriptor<?>> into) {
    for (ContainerElementTypeDescriptor element : elements) {
      into.addAll(element.getConstraintDescriptors());
      addContainerElements(element.getConstrainedContainerElementTypes(), into);
    }
  }

  @Test
  @DisplayName("whatever text the reader accepts in the Musterverein, the whole validation accepts too")
  void what_the_reader_accepts_the_whole_validation_accepts() {
    int accepted = 0;
    int refused = 0;
    for (Association association : List.of(Musterverein.association())) {
      JsonNode document = JSON.readTree(NextJson.standard().writeAssociationAsString(association));
      List<String> pointers = new ArrayList<>();
      texts(document, "", pointers);
      for (String pointer : pointers) {
        for (String text : List.of("", " ", "-x", "\u00a0")) {
          JsonNode changed = document.deepCopy();
          replace(changed, pointer, text);
          Association read;
          try {
            read = NextJson.standard().readAssociation(
                new ByteArrayInputStream(JSON.writeValueAsBytes(changed)));
          } catch (NextJsonException e) {
            refused++;
            continue;
          }
          accepted++;
          assertThat(DomainValidator.forLocale(Locale.ENGLISH).validate(read))
              .as("%s = \"%s\" was read, but the whole validation refuses it", pointer, text).isEmpty();
        }
      }
    }
    assertThat(accepted).as("free texts take any visible text").isGreaterThan(100);
    assertThat(refused).as("ids, names and dates refuse a blank").isGreaterThan(1000);
  }

  private static void texts(JsonNode node, String pointer, List<String> into) {
    if (node instanceof ObjectNode object) {
      for (String name : object.propertyNames()) {
        texts(object.get(name), pointer + "/" + name.replace("~", "~0").replace("/", "~1"), into);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        texts(array.get(i), pointer + "/" + i, into);
      }
    } else if (node.isString()) {
      into.add(pointer);
    }
  }

  private static void replace(JsonNode document, String pointer, String text) {
    int last = pointer.lastIndexOf('/');
    JsonNode parent = document.at(pointer.substring(0, last));
    String name = pointer.substring(last + 1).replace("~1", "/").replace("~0", "~");
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(name), StringNode.valueOf(text));
    } else {
      ((ObjectNode) parent).set(name, StringNode.valueOf(text));
    }
  }
}
