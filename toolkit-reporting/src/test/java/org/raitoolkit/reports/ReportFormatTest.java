package org.raitoolkit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportFormatTest {

    @ParameterizedTest
    @CsvSource({"json,JSON", "JSON,JSON", "markdown,MARKDOWN", "md,MARKDOWN", " Md ,MARKDOWN", "html,HTML", "HTML,HTML", "pdf,PDF", " PDF ,PDF", "docx,DOCX", "DOCX,DOCX"})
    void should_read_the_format_when_written_as_people_type_it(String text, ReportFormat expected) {
        // GIVEN a format name
        // WHEN
        ReportFormat format = ReportFormat.parse(text);
        // THEN
        assertThat(format).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"doc", "", "jsonx"})
    void should_list_the_allowed_formats_when_the_name_is_unknown(String text) {
        // GIVEN an unknown name
        // WHEN / THEN
        assertThatThrownBy(() -> ReportFormat.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("json, markdown (or md), html, pdf, docx");
    }
}
