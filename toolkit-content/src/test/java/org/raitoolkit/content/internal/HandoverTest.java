package org.raitoolkit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.raitoolkit.content.ContentPacks;
import org.raitoolkit.model.ContentPack;

class HandoverTest {

    private static final ContentPack PACK = ContentPacks.defaults();

    @Test
    void should_hand_over_once_when_the_same_answers_and_pack_are_asked_for() {
        // GIVEN answers handed over for the pack
        Object answers = new Object();
        Handover.give(PACK, answers);
        // WHEN they are asked for twice
        boolean first = Handover.take(PACK, answers);
        boolean second = Handover.take(PACK, answers);
        // THEN only the first asks finds them
        assertThat(first).isTrue();
        assertThat(second).isFalse();
    }

    @Test
    void should_hand_over_nothing_when_other_answers_are_asked_for_and_then_empty_the_slot() {
        // GIVEN answers handed over, and an equal string that is another object
        String answers = new String("answers");
        Handover.give(PACK, answers);
        // WHEN the other object is asked for first
        boolean other = Handover.take(PACK, new String("answers"));
        boolean after = Handover.take(PACK, answers);
        // THEN neither is handed over: the first ask emptied the slot
        assertThat(other).isFalse();
        assertThat(after).isFalse();
    }

    @Test
    void should_hand_over_nothing_when_another_pack_is_asked_for() {
        // GIVEN answers handed over for the default pack
        Object answers = new Object();
        Handover.give(PACK, answers);
        // WHEN they are asked for with an equal pack that is another object
        ContentPack copy = new ContentPack(PACK.manifest(), PACK.principles(), PACK.dimensions(), PACK.readinessQuestions(),
                PACK.riskFactors(), PACK.workbookItems(), PACK.roadmap(), PACK.recommendations(), PACK.glossary(),
                PACK.scoring());
        // THEN
        assertThat(Handover.take(copy, answers)).isFalse();
    }

    @Test
    void should_hand_over_nothing_when_another_thread_asks() throws InterruptedException, ExecutionException {
        // GIVEN answers handed over on this thread
        Object answers = new Object();
        Handover.give(PACK, answers);
        // WHEN another thread asks for them
        boolean elsewhere = CompletableFuture.supplyAsync(() -> Handover.take(PACK, answers)).get();
        // THEN it gets nothing, and this thread still can
        assertThat(elsewhere).isFalse();
        assertThat(Handover.take(PACK, answers)).isTrue();
    }
}
