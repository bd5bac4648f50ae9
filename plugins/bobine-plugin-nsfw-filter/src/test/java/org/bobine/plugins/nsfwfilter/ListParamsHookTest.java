package org.bobine.plugins.nsfwfilter;

import static org.bobine.plugins.nsfwfilter.NsfwPlugin.ALICE;
import static org.bobine.plugins.nsfwfilter.NsfwPlugin.ROOT;
import static org.bobine.plugins.nsfwfilter.NsfwPlugin.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.bobine.sdk.hook.ListParams;
import org.bobine.sdk.hook.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same rules on video lists and local searches. */
class ListParamsHookTest {

    private final NsfwPlugin plugin = new NsfwPlugin();

    @AfterEach
    void nothingFailed() {
        plugin.kit.assertNoFailures();
    }

    static Stream<Arguments> hooks() {
        BiFunction<NsfwPlugin, ListParams, ListParams> list = NsfwPlugin::list;
        BiFunction<NsfwPlugin, ListParams, ListParams> search = NsfwPlugin::search;
        return Stream.of(Arguments.of("list", list), Arguments.of("search", search));
    }

    private String run(BiFunction<NsfwPlugin, ListParams, ListParams> hook, String policy, String asked) {
        plugin.set("policy", policy);
        return hook.apply(plugin, params(Viewer.ANONYMOUS, asked)).nsfw();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hooks")
    void theDefaultPolicyBlursSoListsSensitiveVideos(String name, BiFunction<NsfwPlugin, ListParams, ListParams> hook) {
        assertEquals(params(Viewer.ANONYMOUS, "both"), hook.apply(plugin, params(Viewer.ANONYMOUS, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hooks")
    void hideLeavesSensitiveVideosOutForAnonymousVisitors(String name, BiFunction<NsfwPlugin, ListParams, ListParams> hook) {
        // Whatever they ask for.
        for (String asked : new String[] {null, "true", "false", "both"}) {
            assertEquals("false", run(hook, "hide", asked), String.valueOf(asked));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hooks")
    void displayAndBlurListSensitiveVideosForAnonymousVisitors(String name, BiFunction<NsfwPlugin, ListParams, ListParams> hook) {
        for (String policy : new String[] {"display", "blur"}) {
            assertEquals("both", run(hook, policy, null), policy);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hooks")
    void displayAndBlurKeepWhatAnAnonymousVisitorAskedFor(String name, BiFunction<NsfwPlugin, ListParams, ListParams> hook) {
        for (String policy : new String[] {"display", "blur"}) {
            for (String asked : new String[] {"true", "false", "both"}) {
                assertEquals(asked, run(hook, policy, asked), policy + "/" + asked);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hooks")
    void loggedInViewersKeepTheirOwnPolicy(String name, BiFunction<NsfwPlugin, ListParams, ListParams> hook) {
        for (String policy : new String[] {"display", "blur", "hide"}) {
            plugin.set("policy", policy);
            for (String asked : new String[] {null, "true", "false", "both"}) {
                for (Viewer v : new Viewer[] {ALICE, ROOT}) {
                    ListParams before = params(v, asked);
                    assertSame(before, hook.apply(plugin, before), policy + "/" + asked + "/" + v.username());
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hooks")
    void onlyTheFilterChanges(String name, BiFunction<NsfwPlugin, ListParams, ListParams> hook) {
        plugin.set("policy", "hide");
        ListParams before = new ListParams(Viewer.ANONYMOUS, 30, 10, "name", null, "cats");
        assertEquals(before.withNsfw("false"), hook.apply(plugin, before));
    }
}
