package org.opensor.registry.api.console.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensor.registry.notification.adminapi.SubscriptionView;

/**
 * The worker's admin API types live once, in notification-admin-api: the client here must exchange those, never a
 * mirror of its own that could part from what the worker serves.
 */
class WorkerAdminTypesTest {

    @Test
    void theClientExchangesOnlyTheWorkersOwnTypes() {
        List<String> foreign = new ArrayList<>();
        for (Method method : WorkerAdminClient.class.getDeclaredMethods()) {
            if (method.isSynthetic()) {
                continue;
            }
            List<Type> types = new ArrayList<>(Arrays.asList(method.getGenericParameterTypes()));
            types.add(method.getGenericReturnType());
            for (Type type : types) {
                records(type).stream()
                        .filter(r -> !r.getPackageName().equals(SubscriptionView.class.getPackageName()))
                        .filter(r -> !isRawAnswer(r) && r != WorkerSettings.class)
                        .forEach(r -> foreign.add(method.getName() + ": " + r.getName()));
            }
        }
        assertThat(foreign)
                .as("records exchanged with the worker that are not from notification-admin-api")
                .isEmpty();
        assertThat(Arrays.stream(WorkerAdminClient.class.getDeclaredClasses())
                        .filter(Class::isRecord)
                        .map(Class::getSimpleName))
                .as("no copy of the worker's types inside the client")
                .containsOnly("Answer");
    }

    /** The client's private holder of a body not yet read into a contract type. */
    private static boolean isRawAnswer(Class<?> record) {
        return record.getEnclosingClass() == WorkerAdminClient.class
                && record.getSimpleName().equals("Answer");
    }

    private static List<Class<?>> records(Type type) {
        List<Class<?>> found = new ArrayList<>();
        if (type instanceof Class<?> c && c.isRecord()) {
            found.add(c);
        } else if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(t -> found.addAll(records(t)));
        }
        return found;
    }
}
