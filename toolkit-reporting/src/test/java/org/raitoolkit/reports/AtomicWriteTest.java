package org.raitoolkit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.raitoolkit.model.Audience;
import org.raitoolkit.model.RiskResult;

/** A report file is either absent, the old one, or the whole new one; never half written. */
class AtomicWriteTest {

    @TempDir
    Path dir;

    @Test
    void should_write_the_rendered_text_when_the_folder_does_not_exist_yet() throws IOException {
        // GIVEN
        RiskReport report = Fixtures.riskReport();
        Path file = dir.resolve("new/folder/report.md");
        // WHEN
        Fixtures.reports().write(report, ReportFormat.MARKDOWN, null, file);
        // THEN
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(Fixtures.reports().render(report, ReportFormat.MARKDOWN, null));
        assertThat(list(file.getParent())).containsExactly("report.md");
    }

    @ParameterizedTest
    @EnumSource(JsonLayout.class)
    void should_write_the_rendered_bytes_when_a_json_report_is_written(JsonLayout layout) throws IOException {
        // GIVEN
        Reports reports = Fixtures.reports().withJsonLayout(layout);
        Path file = dir.resolve("report.json");
        // WHEN
        reports.write(Fixtures.riskReport(), ReportFormat.JSON, null, file);
        // THEN
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(reports.render(Fixtures.riskReport(), ReportFormat.JSON, null));
    }

    @Test
    void should_write_the_brief_when_an_audience_is_given() throws IOException {
        // GIVEN
        Path file = dir.resolve("public.html");
        // WHEN
        Fixtures.reports().write(Fixtures.riskReport(), ReportFormat.HTML, Audience.PUBLIC, file);
        // THEN
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(Fixtures.reports().render(Fixtures.riskReport(), ReportFormat.HTML, Audience.PUBLIC));
    }

    @Test
    void should_replace_the_old_file_whole_when_it_exists() throws IOException {
        // GIVEN
        Path file = dir.resolve("report.json");
        Files.writeString(file, "old content that is longer than nothing at all ".repeat(500));
        RiskReport report = Fixtures.riskReport();
        // WHEN
        Fixtures.reports().write(report, ReportFormat.JSON, null, file);
        // THEN
        assertThat(Files.readString(file)).isEqualTo(Fixtures.reports().render(report, ReportFormat.JSON, null));
        assertThat(list(dir)).containsExactly("report.json");
    }

    @Test
    void should_leave_no_file_when_rendering_fails() {
        // GIVEN a report whose result is missing its decision, so rendering throws
        RiskReport good = Fixtures.riskReport();
        RiskResult r = good.result();
        RiskReport broken = new RiskReport(good.metadata(), good.input(), new RiskResult(r.system(), r.factors(),
                r.principles(), r.instrumentalPrinciples(), r.overallLevel(), null, r.decisionReasons(),
                r.recommendations(), r.findings(), r.firedRules()));
        Path file = dir.resolve("new/broken.html");
        // WHEN
        assertThatThrownBy(() -> Fixtures.reports().write(broken, ReportFormat.HTML, null, file))
                .isInstanceOf(NullPointerException.class);
        // THEN neither the target, its folder nor a temporary file is left behind
        assertThat(file).doesNotExist();
        assertThat(list(dir)).isEmpty();
    }

    @Test
    void should_keep_the_old_file_when_rendering_fails() throws IOException {
        // GIVEN an existing report and a broken one
        Path file = dir.resolve("report.md");
        Files.writeString(file, "previous report\n");
        RiskReport good = Fixtures.riskReport();
        RiskResult r = good.result();
        RiskReport broken = new RiskReport(good.metadata(), good.input(), new RiskResult(r.system(), r.factors(),
                r.principles(), r.instrumentalPrinciples(), null, r.decision(), r.decisionReasons(),
                r.recommendations(), r.findings(), r.firedRules()));
        // WHEN
        assertThatThrownBy(() -> Fixtures.reports().write(broken, ReportFormat.MARKDOWN, null, file))
                .isInstanceOf(RuntimeException.class);
        // THEN
        assertThat(Files.readString(file)).isEqualTo("previous report\n");
        assertThat(list(dir)).containsExactly("report.md");
    }

    @Test
    void should_name_the_path_and_leave_nothing_when_the_target_cannot_be_written() throws IOException {
        // GIVEN a target whose "folder" is a file
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        Path file = blocker.resolve("report.html");
        RiskReport report = Fixtures.riskReport();
        // WHEN / THEN
        assertThatThrownBy(() -> Fixtures.reports().write(report, ReportFormat.HTML, null, file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.toAbsolutePath().toString());
        assertThat(list(dir)).containsExactly("not-a-folder");
    }

    private static List<String> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
