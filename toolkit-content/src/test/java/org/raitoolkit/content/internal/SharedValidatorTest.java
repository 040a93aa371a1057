package org.raitoolkit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.raitoolkit.model.PackManifest;

/** One validator for the library, however many threads ask for it, whether or not a background start is under way. */
class SharedValidatorTest {

    @Test
    void should_give_every_thread_the_same_validator_when_asked_during_a_background_start() throws Exception {
        // GIVEN
        SharedValidator.prepareInBackground();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            // WHEN
            List<Future<Validator>> asked = threads.invokeAll(List.<Callable<Validator>>of(
                    SharedValidator::get, SharedValidator::get, SharedValidator::get, SharedValidator::get));
            // THEN
            Validator first = asked.get(0).get();
            for (Future<Validator> other : asked) {
                assertThat(other.get()).isSameAs(first);
            }
            assertThat(SharedValidator.get()).isSameAs(first);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void should_read_the_built_in_messages_with_their_parameters_when_a_constraint_fails() {
        // GIVEN a manifest with a blank title and a description over 2000 characters
        PackManifest manifest = new PackManifest("PACK", "1.0.0", "en", " ", "d".repeat(2001));
        // WHEN
        List<String> messages = SharedValidator.get().validate(manifest).stream().map(v -> v.getMessage()).sorted().toList();
        // THEN
        assertThat(messages).containsExactly("must not be blank", "size must be between 0 and 2000");
    }
}
