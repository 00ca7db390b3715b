package org.tellus.response;

import org.tellus.base.TranslatableException;

import java.util.Map;

/** Some answers break their question's rules; each question id maps to a translation key for its message. */
public class InvalidAnswersException extends TranslatableException {

    private final transient Map<Long, FieldError> errors;

    public InvalidAnswersException(Map<Long, FieldError> errors) {
        super("response.invalid", errors.size());
        this.errors = Map.copyOf(errors);
    }

    public Map<Long, FieldError> errors() {
        return errors;
    }

    /** A message key with its parameters, for one question. */
    public record FieldError(String key, Object... params) {
    }
}
