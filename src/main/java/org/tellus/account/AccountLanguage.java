package org.tellus.account;

import org.springframework.stereotype.Component;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.ui.SignedInLanguage;

import java.util.Optional;

/** The page frame remembers a signed-in person's language on their account (decision 030). */
@Component
class AccountLanguage implements SignedInLanguage {

    private final AccountService accounts;

    AccountLanguage(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> stored() {
        return accounts.currentUser().map(UserSummary::language);
    }

    @Override
    public void store(String tag) {
        if (CurrentUser.email().isPresent()) {
            accounts.chooseLanguage(tag);
        }
    }
}
