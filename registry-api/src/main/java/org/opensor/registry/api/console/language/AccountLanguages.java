package org.opensor.registry.api.console.language;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The language each account chose for the console ({@code registry.account.language}, V70). */
@Component
class AccountLanguages {

    private final JdbcClient jdbc;

    AccountLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the account never chose (or does not exist). */
    Optional<ConsoleLanguage> chosenBy(String username) {
        return jdbc.sql("select language from registry.account where username = :u")
                .param("u", username)
                .query(String.class)
                .optional()
                .flatMap(ConsoleLanguage::of);
    }

    void choose(String username, ConsoleLanguage language) {
        jdbc.sql("update registry.account set language = :l where username = :u")
                .param("l", language.tag())
                .param("u", username)
                .update();
    }
}
