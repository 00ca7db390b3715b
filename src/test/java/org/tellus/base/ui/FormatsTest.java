package org.tellus.base.ui;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void englishWithoutACountryWritesDatesTheBritishWay() {
        assertThat(Formats.date(LocalDate.of(2026, 11, 23), Locale.ENGLISH)).isEqualTo("23 November 2026");
        assertThat(Formats.date(LocalDate.of(2026, 11, 23), Locale.US)).isEqualTo("November 23, 2026");
        assertThat(Formats.date(null, Locale.ENGLISH)).isEmpty();
    }
}
