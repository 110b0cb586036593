package de.nextnetz.domain.validation;

/**
 * The validation group of the constraints that say more than the shape of one text: ranges, sizes, amounts that must
 * not be negative, ids unique across the association, dues consistent with the members. Each such constraint belongs
 * to this group and to {@link jakarta.validation.groups.Default}, so a plain {@code Validator} still checks
 * everything.
 *
 * <p>The other constraints of the model are the {@code @Pattern}s of identifiers ({@link
 * de.nextnetz.domain.base.Ids#PATTERN}) and of text that must not be blank ({@link
 * de.nextnetz.domain.base.Ids#NOT_BLANK}); a strict reader that checks each text as it reads it (next-json does)
 * need not check them again, and validates this group only ({@link DomainValidator#validateSemantics(Object)}):
 * about three times faster on a large document (issue 31). A test walks every constraint of the model to keep the
 * split whole.
 */
public interface Semantic {}
