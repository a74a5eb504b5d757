/**
 * The field checks every feature shares (ADR 0017): {@link ch.guichetai.validation.FieldCheck}
 * checks a form field by field, {@link ch.guichetai.validation.Problem} says what is wrong with one
 * field, and {@link ch.guichetai.validation.InvalidInputException} carries every problem of a form
 * back to the UI. A module that any feature may use; it depends on the value objects of
 * {@code primitives} only.
 */
package ch.guichetai.validation;
