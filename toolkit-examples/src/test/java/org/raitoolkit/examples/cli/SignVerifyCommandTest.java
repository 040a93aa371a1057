package org.raitoolkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code toolkit sign} and {@code toolkit verify} as a user meets them: reports the command line
 * wrote from a bundled example, in each format, checked untouched, changed, against other answers,
 * and with right, wrong and broken keys and signatures.
 */
class SignVerifyCommandTest {

    private static final String EXAMPLES = "org/raitoolkit/content/examples/";
    private static final String LFR = EXAMPLES + "risk/live-facial-recognition-missing-persons.yaml";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LIKELIHOOD = Pattern.compile("likelihood: ([A-Z_]+)");

    private static String previousToday;

    @TempDir
    Path dir;

    @BeforeAll
    static void fixTheDay() {
        // Reports are made on a fixed day, as reproducible runs are; verify reads the day back from
        // the report's time stamp, which is today's.
        previousToday = System.setProperty(ToolkitCli.TODAY_PROPERTY, LocalDate.now(ZoneOffset.UTC).toString());
    }

    @AfterAll
    static void restoreTheDay() {
        if (previousToday == null) {
            System.clearProperty(ToolkitCli.TODAY_PROPERTY);
        } else {
            System.setProperty(ToolkitCli.TODAY_PROPERTY, previousToday);
        }
    }

    // ------------------------------------------------------------------------------ matching

    @ParameterizedTest
    @ValueSource(strings = {"json", "html", "markdown"})
    void should_exit_0_and_say_the_signature_was_not_checked_when_an_untouched_report_is_verified(String format)
            throws IOException {
        // GIVEN a risk report the command line wrote
        Path answers = example(LFR);
        Path report = report(format, "risk", answers.toString());
        // WHEN
        CliRun run = verify(report, answers);
        // THEN
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("matches", "byte for byte", "The signature was not checked");
        assertThat(run.clean()).as(run.all()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "html", "markdown"})
    void should_exit_2_listing_the_difference_when_one_byte_of_the_report_is_changed(String format) throws IOException {
        // GIVEN a report with one letter changed near its middle
        Path answers = example(LFR);
        Path report = report(format, "risk", answers.toString());
        byte[] bytes = Files.readAllBytes(report);
        int at = bytes.length / 2;
        while (bytes[at] < 'a' || bytes[at] > 'y') {
            at++;
        }
        bytes[at]++;
        Files.write(report, bytes);
        // WHEN
        CliRun run = verify(report, answers);
        // THEN
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("does not match", "its answers digest matches", "what differs",
                format.equals("json") ? ": report has" : "line ");
        assertThat(run.clean()).as(run.all()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "html", "markdown"})
    void should_exit_2_saying_the_answers_differ_when_one_rating_of_the_answers_is_changed(String format) throws IOException {
        // GIVEN a report, and its answers with the first likelihood changed
        Path answers = example(LFR);
        Path report = report(format, "risk", answers.toString());
        String text = Files.readString(answers);
        Matcher m = LIKELIHOOD.matcher(text);
        assertThat(m.find()).isTrue();
        String other = m.group(1).equals("RARE") ? "LIKELY" : "RARE";
        Path changed = write("changed.yaml", text.substring(0, m.start(1)) + other + text.substring(m.end(1)));
        // WHEN
        CliRun run = verify(report, changed);
        // THEN
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ToolkitCli.INVALID_INPUT);
        // Every report carries the digest of its answers, which says so before any difference.
        assertThat(run.err()).contains("does not match", "the report was not produced from these answers: its answers digest is");
        assertThat(run.clean()).as(run.all()).isTrue();
    }

    @Test
    void should_exit_0_when_the_report_was_printed_to_standard_output_and_saved() throws IOException {
        // GIVEN a Markdown report as 'toolkit risk FILE > report.md' saves it, with the line end printing adds
        Path answers = example(LFR);
        CliRun printed = CliRun.of("risk", answers.toString());
        assertThat(printed.exitCode()).as(printed.all()).isZero();
        Path report = write("printed.md", printed.out());
        // WHEN
        CliRun run = verify(report, answers);
        // THEN
        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    @Test
    void should_exit_2_when_a_signature_is_given_without_a_key_to_check_it() throws IOException {
        // GIVEN
        Path answers = example(LFR);
        Path report = report("json", "risk", answers.toString());
        // WHEN
        CliRun run = verify(report, answers, "--signature", report + ".sig");
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("--key PUBLIC");
    }

    @Test
    void should_exit_0_when_a_workbook_review_is_verified_with_its_risk_file() throws IOException {
        // GIVEN an HTML workbook review of the deployment stage
        Path risk = example(LFR);
        Path answers = example(EXAMPLES + "workbook/live-facial-recognition-missing-persons-deployment.yaml");
        Path report = report("html", "workbook", answers.toString(), "--stage", "DEPLOYMENT", "--risk", risk.toString());
        // WHEN
        CliRun run = verify(report, answers, "--risk", risk.toString());
        CliRun withoutRisk = verify(report, answers);
        // THEN
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(withoutRisk.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(withoutRisk.err()).contains("--risk RISKFILE");
    }

    @Test
    void should_exit_0_when_a_readiness_brief_for_one_audience_is_verified() throws IOException {
        // GIVEN a Markdown readiness brief for leadership, which has no audit trail
        Path answers = example(EXAMPLES + "readiness/example-agency.yaml");
        Path report = report("markdown", "readiness", answers.toString(), "--audience", "LEADERSHIP");
        // WHEN
        CliRun run = verify(report, answers);
        // THEN
        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    @Test
    void should_use_the_rule_sets_the_report_names_when_it_was_made_for_the_eu() throws IOException {
        // GIVEN a JSON risk report made with the EU's rule sets
        Path answers = example(LFR);
        Path report = dir.resolve("eu.json");
        CliRun made = CliRun.of("--jurisdiction", "EU", "risk", answers.toString(), "--format", "json", "--out", report.toString());
        assertThat(made.exitCode()).as(made.all()).isZero();
        // WHEN verified without naming the jurisdiction
        CliRun run = verify(report, answers);
        // THEN
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("EU-AI-ACT");
    }

    @Test
    void should_exit_2_naming_the_rule_set_when_the_report_names_one_that_is_not_available() throws IOException {
        // GIVEN a JSON report that names a rule set of a folder not given
        Path answers = example(LFR);
        Path report = report("json", "risk", answers.toString());
        ObjectNode json = (ObjectNode) JSON.readTree(report.toFile());
        ((ArrayNode) json.at("/engine/ruleSets")).add("NATIONAL-LAW");
        Files.writeString(report, json.toPrettyString());
        // WHEN
        CliRun run = verify(report, answers);
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("NATIONAL-LAW", "--rules DIR");
        assertThat(run.clean()).as(run.all()).isTrue();
    }

    @Test
    void should_exit_2_when_the_report_is_not_a_toolkit_report() throws IOException {
        // GIVEN
        Path answers = example(LFR);
        Path report = write("notes.md", "some notes\n");
        // WHEN
        CliRun run = verify(report, answers);
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("notes.md", "expected a report");
        assertThat(run.clean()).as(run.all()).isTrue();
    }

    // ------------------------------------------------------------------------------ signatures

    @ParameterizedTest
    @ValueSource(strings = {"json", "html", "markdown"})
    void should_exit_0_saying_the_signature_holds_when_signed_and_checked_with_the_same_key_pair(String format)
            throws IOException, GeneralSecurityException {
        // GIVEN a signed report
        Path answers = example(LFR);
        Path report = report(format, "risk", answers.toString());
        KeyPair keys = keys("key");
        CliRun sign = CliRun.of("sign", report.toString(), "--key", dir.resolve("key.pem").toString());
        // WHEN
        CliRun run = verify(report, answers, "--key", dir.resolve("key.pub.pem").toString());
        // THEN
        assertThat(sign.exitCode()).as(sign.all()).isZero();
        assertThat(sign.err()).contains("wrote " + report + ".sig");
        String signature = Files.readString(Path.of(report + ".sig"));
        assertThat(signature).endsWith("\n").doesNotContain("\r");
        assertThat(signature.strip()).doesNotContain("\n");
        assertThat(keys).isNotNull();
        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("signature in " + report + ".sig holds");
    }

    @Test
    void should_exit_2_saying_the_signature_does_not_hold_when_the_report_was_signed_with_another_key()
            throws IOException, GeneralSecurityException {
        // GIVEN a report signed with one key, checked with another's public key
        Path answers = example(LFR);
        Path report = report("json", "risk", answers.toString());
        keys("mine");
        keys("theirs");
        Path signature = dir.resolve("report.signature");
        CliRun sign = CliRun.of("sign", report.toString(), "--key", dir.resolve("theirs.pem").toString(), "--out", signature.toString());
        // WHEN
        CliRun run = verify(report, answers, "--key", dir.resolve("mine.pub.pem").toString(), "--signature", signature.toString());
        // THEN
        assertThat(sign.exitCode()).as(sign.all()).isZero();
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("does not hold", "signed with another key");
        assertThat(run.clean()).as(run.all()).isTrue();
    }

    @Test
    void should_exit_2_when_the_report_was_changed_after_it_was_signed() throws IOException, GeneralSecurityException {
        // GIVEN a signed report with a space added at its end
        Path answers = example(LFR);
        Path report = report("markdown", "risk", answers.toString());
        keys("key");
        assertThat(CliRun.of("sign", report.toString(), "--key", dir.resolve("key.pem").toString()).exitCode()).isZero();
        Files.writeString(report, Files.readString(report) + " ");
        // WHEN
        CliRun run = verify(report, answers, "--key", dir.resolve("key.pub.pem").toString());
        // THEN
        assertThat(run.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(run.err()).contains("does not match", "does not hold");
    }

    @Test
    void should_exit_2_with_a_clear_message_when_a_key_file_is_malformed() throws IOException, GeneralSecurityException {
        // GIVEN a report, a signature of it, and key files that are not keys or the wrong half
        Path answers = example(LFR);
        Path report = report("json", "risk", answers.toString());
        keys("key");
        assertThat(CliRun.of("sign", report.toString(), "--key", dir.resolve("key.pem").toString()).exitCode()).isZero();
        Path garbage = write("garbage.pem", "-----BEGIN PUBLIC KEY-----\nnot base64 at all!\n-----END PUBLIC KEY-----\n");
        Path text = write("text.pem", "hello\n");
        // WHEN
        CliRun notPem = verify(report, answers, "--key", text.toString());
        CliRun broken = verify(report, answers, "--key", garbage.toString());
        CliRun privateForPublic = verify(report, answers, "--key", dir.resolve("key.pem").toString());
        CliRun publicForPrivate = CliRun.of("sign", report.toString(), "--key", dir.resolve("key.pub.pem").toString());
        CliRun signWithText = CliRun.of("sign", report.toString(), "--key", text.toString());
        // THEN
        for (CliRun run : new CliRun[] {notPem, broken, privateForPublic, publicForPrivate, signWithText}) {
            assertThat(run.exitCode()).as(run.all()).isEqualTo(ToolkitCli.INVALID_INPUT);
            assertThat(run.err()).as(run.all()).contains("Ed25519").doesNotContain("java.", "Exception");
            assertThat(run.clean()).as(run.all()).isTrue();
        }
        assertThat(notPem.err()).contains("text.pem", "holds no PEM block", "openssl pkey");
        assertThat(broken.err()).contains("garbage.pem", "public key");
        assertThat(privateForPublic.err()).contains("key.pem", "holds a private key", "-pubout");
        assertThat(publicForPrivate.err()).contains("key.pub.pem", "holds a public key", "openssl genpkey");
        assertThat(signWithText.err()).contains("text.pem", "holds no PEM block");
    }

    @Test
    void should_exit_2_with_a_clear_message_when_the_signature_is_missing_or_malformed()
            throws IOException, GeneralSecurityException {
        // GIVEN a report without a signature, and one whose signature is not base64
        Path answers = example(LFR);
        Path report = report("json", "risk", answers.toString());
        keys("key");
        Path badSignature = write("bad.sig", "this is not a signature\n");
        Path shortSignature = write("short.sig", Base64.getEncoder().encodeToString(new byte[12]) + "\n");
        String publicKey = dir.resolve("key.pub.pem").toString();
        // WHEN
        CliRun missing = verify(report, answers, "--key", publicKey);
        CliRun malformed = verify(report, answers, "--key", publicKey, "--signature", badSignature.toString());
        CliRun tooShort = verify(report, answers, "--key", publicKey, "--signature", shortSignature.toString());
        // THEN
        assertThat(missing.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(missing.err()).contains(report + ".sig", "no such file", "detached signature");
        assertThat(malformed.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(malformed.err()).contains("bad.sig", "not base64");
        assertThat(tooShort.exitCode()).isEqualTo(ToolkitCli.INVALID_INPUT);
        assertThat(tooShort.err()).contains("short.sig", "12 bytes");
        assertThat(missing.clean() && malformed.clean() && tooShort.clean()).isTrue();
    }

    // ------------------------------------------------------------------------------ helpers

    /** Writes a report with the command line: {@code toolkit KIND ARGS --format FORMAT --out report.EXT}. */
    private Path report(String format, String kind, String... args) {
        Path out = dir.resolve("report." + (format.equals("markdown") ? "md" : format));
        String[] all = new String[args.length + 5];
        all[0] = kind;
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--format";
        all[args.length + 2] = format;
        all[args.length + 3] = "--out";
        all[args.length + 4] = out.toString();
        CliRun run = CliRun.of(all);
        assertThat(run.exitCode()).as(run.all()).isZero();
        return out;
    }

    /** Runs {@code toolkit verify REPORT ANSWERS MORE}, the day no longer fixed: verify takes it from the report. */
    private static CliRun verify(Path report, Path answers, String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "verify";
        args[1] = report.toString();
        args[2] = answers.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        String today = System.clearProperty(ToolkitCli.TODAY_PROPERTY);
        try {
            return CliRun.of(args);
        } finally {
            System.setProperty(ToolkitCli.TODAY_PROPERTY, today);
        }
    }

    /** A new Ed25519 key pair, written as NAME.pem (PKCS#8) and NAME.pub.pem (X.509) as openssl writes them. */
    private KeyPair keys(String name) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.writeString(dir.resolve(name + ".pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(dir.resolve(name + ".pub.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return pair;
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private Path example(String resource) throws IOException {
        return CliRun.copy(resource, dir);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
