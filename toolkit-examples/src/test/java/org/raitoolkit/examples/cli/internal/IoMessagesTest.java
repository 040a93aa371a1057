package org.raitoolkit.examples.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

class IoMessagesTest {

    @Test
    void should_give_the_systems_reason_in_plain_words_when_a_disk_is_full_or_access_denied() {
        // GIVEN the exceptions Java makes of ENOSPC and EACCES
        FileSystemException full = new FileSystemException("/out/.a.json.x.tmp", null, "No space left on device");
        AccessDeniedException denied = new AccessDeniedException("/out/.a.json.x.tmp");
        // WHEN / THEN
        assertThat(IoMessages.reason(full)).isEqualTo("no space left on device");
        assertThat(IoMessages.reason(denied)).isEqualTo("permission denied");
    }
}
