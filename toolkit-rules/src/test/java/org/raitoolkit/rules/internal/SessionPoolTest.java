package org.raitoolkit.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.raitoolkit.model.SystemProfile;
import org.raitoolkit.rules.ToolkitEngine;

class SessionPoolTest {

    /** A new engine per test: each test counts the idle sessions of its own pool. */
    private static SessionPool newPool() {
        return ((DroolsToolkitEngine) ToolkitEngine.withDefaults()).sessions();
    }

    @Test
    void should_hand_out_again_a_session_whose_rules_ran_to_the_end() {
        // GIVEN a pool and a session that was used to the end
        SessionPool pool = newPool();
        KieSession used = pool.take();
        // WHEN it is given back
        pool.giveBack(used, true);
        // THEN the next assessment gets it again
        assertThat(pool.idle()).isEqualTo(1);
        assertThat(pool.take()).isSameAs(used);
    }

    @Test
    void should_start_a_reused_session_empty() {
        // GIVEN a session that held a fact and had a global set
        SessionPool pool = newPool();
        KieSession used = pool.take();
        used.insert(SystemProfile.builder().build());
        used.setGlobal("why", new org.raitoolkit.rules.spi.Explanations());
        pool.giveBack(used, true);
        // WHEN it is taken again
        KieSession again = pool.take();
        // THEN it holds no fact, no global and no listener of the earlier assessment
        assertThat(again).isSameAs(used);
        assertThat(again.getFactCount()).isZero();
        assertThat(again.getGlobal("why")).isNull();
        assertThat(again.getAgendaEventListeners()).isEmpty();
    }

    @Test
    void should_dispose_a_session_whose_rules_did_not_run_to_the_end() {
        // GIVEN a session in which a rule threw or the rules did not settle
        SessionPool pool = newPool();
        KieSession broken = pool.take();
        // WHEN it is given back as such
        pool.giveBack(broken, false);
        // THEN no assessment gets it again
        assertThat(pool.idle()).isZero();
        assertThat(pool.take()).isNotSameAs(broken);
    }

    @Test
    void should_keep_no_more_idle_sessions_than_its_limit() {
        // GIVEN more sessions in use at once than the pool keeps
        SessionPool pool = newPool();
        List<KieSession> inUse = new ArrayList<>();
        for (int i = 0; i < SessionPool.MAX_IDLE + 3; i++) {
            inUse.add(pool.take());
        }
        // WHEN all come back
        inUse.forEach(s -> pool.giveBack(s, true));
        // THEN the pool keeps its limit and disposes the rest
        assertThat(pool.idle()).isEqualTo(SessionPool.MAX_IDLE);
    }

    @Test
    void should_list_every_rule_id_once_in_sorted_order() {
        // GIVEN the default rules
        SessionPool pool = newPool();
        // THEN the ids, by which sessions mark the rules that fired, are sorted and distinct
        assertThat(pool.ids()).isSorted().doesNotHaveDuplicates().contains("FACTOR-APPLIES", "PRINCIPLE-FROM-FACTORS");
    }
}
