package org.comlife.checks.property.action;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The one list an action is registered in: every kind of action, in the order the generator draws them. */
public final class Actions {
    public static final List<ActionKind> KINDS = List.of(CreateInstance.KIND, GetClassObject.KIND,
            CreateFromFactory.KIND, LockServer.KIND, UnlockServer.KIND, CreateLocalObject.KIND, CallMethod.KIND,
            QueryInterface.KIND, ReleasePointer.KIND, MarshalToStream.KIND, UnmarshalFromStream.KIND,
            DiscardStream.KIND, RegisterInGit.KIND, GetFromGit.KIND, RevokeFromGit.KIND, Uninitialize.KIND,
            UnmarshalStreamAgain.KIND, ReleaseStreamAgain.KIND, CallForeignPointer.KIND, CallSharedProxy.KIND,
            RevokeGitAgain.KIND, WaitWithoutPumping.KIND, AbandonGitCookie.KIND, MarshalTable.KIND, UnmarshalTable.KIND,
            ReleaseTable.KIND, UnmarshalUnsupported.KIND);

    private static final Map<Class<?>, ActionKind> BY_TYPE = new HashMap<>();

    static {
        for (ActionKind kind : KINDS) {
            if (BY_TYPE.put(kind.type(), kind) != null) {
                throw new IllegalStateException("two kinds declared for " + kind.type().getName());
            }
        }
    }

    private Actions() {
    }

    static ActionKind kindOf(Class<?> type) {
        ActionKind kind = BY_TYPE.get(type);
        if (kind == null) {
            throw new IllegalStateException(type.getName() + " is not registered: add its KIND to Actions.KINDS");
        }
        return kind;
    }
}
