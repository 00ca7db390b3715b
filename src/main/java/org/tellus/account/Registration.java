package org.tellus.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a resident types to register. Messages are translation keys. */
public record Registration(
        @NotBlank(message = "{account.email.required}") @Email(message = "{account.email.invalid}")
        @Size(max = 254, message = "{account.email.invalid}") String email,
        @NotBlank(message = "{account.name.required}") @Size(max = 100, message = "{account.name.too-long}") String displayName,
        @NotBlank(message = "{account.password.required}") String password) {
}
