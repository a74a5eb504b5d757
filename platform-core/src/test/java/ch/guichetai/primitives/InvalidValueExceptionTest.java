package ch.guichetai.primitives;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void carriesTheKeyAndArgumentsOfTheTextToShow() {
        Object[] arguments = {10};
        InvalidValueException error = new InvalidValueException("invalid.example", arguments);
        arguments[0] = 99;

        assertThat(error).isInstanceOf(IllegalArgumentException.class).hasMessage("invalid.example");
        assertThat(error.messageKey()).isEqualTo("invalid.example");
        assertThat(error.arguments()).containsExactly(10);
        error.arguments()[0] = 99;
        assertThat(error.arguments()).containsExactly(10);
    }

    @Test
    void aMissingValueHasOneKeyForEveryType() {
        assertThat(InvalidValues.keyOf(() -> InvalidValueException.requireText(" \t"))).isEqualTo(InvalidValueException.REQUIRED)
                .isEqualTo("invalid.required");
    }
}
