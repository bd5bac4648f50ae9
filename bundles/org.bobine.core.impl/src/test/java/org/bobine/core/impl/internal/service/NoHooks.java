package org.bobine.core.impl.internal.service;

import java.util.concurrent.Callable;
import org.bobine.core.api.HookService;

/** The hook service of an instance with no plugin installed: filters keep their value, actions reach nobody. */
final class NoHooks implements HookService {

    @Override
    public boolean hasFilter(String name) {
        return false;
    }

    @Override
    public <I, R> R filter(String name, I input, R initial) {
        return initial;
    }

    @Override
    public <E> void action(String name, E event) {
    }

    @Override
    public <E> void sticky(String name, E event) {
    }

    @Override
    public void background(Runnable work) {
        work.run();
    }

    @Override
    public <T> T bounded(Callable<T> call) throws Exception {
        return call.call();
    }
}
