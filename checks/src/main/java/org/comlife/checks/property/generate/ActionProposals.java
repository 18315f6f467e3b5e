package org.comlife.checks.property.generate;

import java.util.ArrayList;
import java.util.List;
import org.comlife.checks.property.action.AbandonGitCookie;
import org.comlife.checks.property.action.Action;
import org.comlife.checks.property.action.ActionKind;
import org.comlife.checks.property.action.CallForeignPointer;
import org.comlife.checks.property.action.CallMethod;
import org.comlife.checks.property.action.CallSharedProxy;
import org.comlife.checks.property.action.CreateFromFactory;
import org.comlife.checks.property.action.CreateInstance;
import org.comlife.checks.property.action.CreateLocalObject;
import org.comlife.checks.property.action.DiscardStream;
import org.comlife.checks.property.action.GetClassObject;
import org.comlife.checks.property.action.GetFromGit;
import org.comlife.checks.property.action.LockServer;
import org.comlife.checks.property.action.MarshalToStream;
import org.comlife.checks.property.action.QueryInterface;
import org.comlife.checks.property.action.RegisterInGit;
import org.comlife.checks.property.action.ReleasePointer;
import org.comlife.checks.property.action.ReleaseStreamAgain;
import org.comlife.checks.property.action.RevokeFromGit;
import org.comlife.checks.property.action.RevokeGitAgain;
import org.comlife.checks.property.action.Uninitialize;
import org.comlife.checks.property.action.UnmarshalFromStream;
import org.comlife.checks.property.action.UnmarshalStreamAgain;
import org.comlife.checks.property.action.WaitWithoutPumping;
import org.comlife.checks.property.chain.ChainStep;
import org.comlife.checks.property.chain.Handle;
import org.comlife.checks.property.chain.HandleKind;
import org.comlife.checks.property.server.ChainClasses;
import org.comlife.checks.property.state.ChainState;
import org.comlife.checks.property.state.HandleInfo;
import org.comlife.model.Clsid;

/**
 * Every action of one kind that some thread may perform in a state: the arguments are
 * enumerated (threads, handles, classes, methods) and the action's own precondition filters
 * them, so a proposal is valid by the same rule the shrinker checks.
 */
final class ActionProposals {
    private ActionProposals() {
    }

    static List<ChainStep> of(ActionKind kind, ChainState state) {
        List<Action> arguments = argumentsFor(kind, state);
        List<ChainStep> valid = new ArrayList<>();
        for (int thread = 0; thread < state.threads().size(); thread++) {
            for (Action action : arguments) {
                if (action.precondition(state, thread) == null) {
                    valid.add(new ChainStep(thread, action));
                }
            }
        }
        return valid;
    }

    private static List<Action> argumentsFor(ActionKind kind, ChainState state) {
        List<Action> actions = new ArrayList<>();
        switch (kind) {
            case CREATE_INSTANCE -> {
                for (Clsid clsid : List.of(ChainClasses.SAMPLE, ChainClasses.SECOND)) {
                    actions.add(new CreateInstance(state.mint(HandleKind.POINTER), clsid));
                }
            }
            case GET_CLASS_OBJECT -> {
                for (Clsid clsid : List.of(ChainClasses.SAMPLE, ChainClasses.SECOND)) {
                    actions.add(new GetClassObject(state.mint(HandleKind.FACTORY), clsid));
                }
            }
            case CREATE_FROM_FACTORY -> {
                for (Handle factory : handles(state, HandleKind.FACTORY)) {
                    actions.add(new CreateFromFactory(factory, state.mint(HandleKind.POINTER)));
                }
            }
            case LOCK_SERVER, UNLOCK_SERVER -> {
                for (Handle factory : handles(state, HandleKind.FACTORY)) {
                    actions.add(new LockServer(factory, kind == ActionKind.LOCK_SERVER));
                }
            }
            case CREATE_LOCAL_OBJECT -> actions.add(new CreateLocalObject(state.mint(HandleKind.POINTER)));
            case CALL -> {
                for (Handle pointer : handles(state, HandleKind.POINTER)) {
                    actions.add(new CallMethod(pointer, ChainClasses.WORK));
                    actions.add(new CallMethod(pointer, ChainClasses.INITIALIZE));
                }
            }
            case QUERY_INTERFACE -> {
                for (HandleKind referenceKind : List.of(HandleKind.POINTER, HandleKind.FACTORY)) {
                    for (Handle source : handles(state, referenceKind)) {
                        actions.add(new QueryInterface(source, state.mint(referenceKind)));
                    }
                }
            }
            case RELEASE -> {
                for (HandleKind referenceKind : List.of(HandleKind.POINTER, HandleKind.FACTORY)) {
                    for (Handle pointer : handles(state, referenceKind)) {
                        actions.add(new ReleasePointer(pointer));
                    }
                }
            }
            case MARSHAL_TO_STREAM -> {
                for (Handle pointer : handles(state, HandleKind.POINTER)) {
                    for (int consumer = 0; consumer < state.threads().size(); consumer++) {
                        actions.add(new MarshalToStream(pointer, state.mint(HandleKind.STREAM),
                                state.threads().get(consumer).name()));
                    }
                }
            }
            case UNMARSHAL_FROM_STREAM -> {
                for (Handle stream : handles(state, HandleKind.STREAM)) {
                    actions.add(new UnmarshalFromStream(stream, state.mint(HandleKind.POINTER)));
                }
            }
            case DISCARD_STREAM -> {
                for (Handle stream : handles(state, HandleKind.STREAM)) {
                    actions.add(new DiscardStream(stream));
                }
            }
            case REGISTER_IN_GIT -> {
                for (Handle pointer : handles(state, HandleKind.POINTER)) {
                    actions.add(new RegisterInGit(pointer, state.mint(HandleKind.COOKIE)));
                }
            }
            case GET_FROM_GIT -> {
                for (Handle cookie : handles(state, HandleKind.COOKIE)) {
                    actions.add(new GetFromGit(cookie, state.mint(HandleKind.POINTER)));
                }
            }
            case REVOKE_FROM_GIT -> {
                for (Handle cookie : handles(state, HandleKind.COOKIE)) {
                    actions.add(new RevokeFromGit(cookie));
                }
            }
            case UNINITIALIZE -> actions.add(new Uninitialize());
            case UNMARSHAL_STREAM_AGAIN -> {
                for (Handle stream : handles(state, HandleKind.STREAM)) {
                    actions.add(new UnmarshalStreamAgain(stream));
                }
            }
            case RELEASE_STREAM_AGAIN -> {
                for (Handle stream : handles(state, HandleKind.STREAM)) {
                    actions.add(new ReleaseStreamAgain(stream));
                }
            }
            case CALL_FOREIGN_POINTER -> {
                for (Handle pointer : handles(state, HandleKind.POINTER)) {
                    actions.add(new CallForeignPointer(pointer));
                }
            }
            case CALL_SHARED_PROXY -> {
                for (Handle pointer : handles(state, HandleKind.POINTER)) {
                    actions.add(new CallSharedProxy(pointer));
                }
            }
            case REVOKE_GIT_AGAIN -> {
                for (Handle cookie : handles(state, HandleKind.COOKIE)) {
                    actions.add(new RevokeGitAgain(cookie));
                }
            }
            case WAIT_WITHOUT_PUMPING -> actions.add(new WaitWithoutPumping());
            case ABANDON_GIT_COOKIE -> {
                for (Handle cookie : handles(state, HandleKind.COOKIE)) {
                    actions.add(new AbandonGitCookie(cookie));
                }
            }
        }
        return actions;
    }

    private static List<Handle> handles(ChainState state, HandleKind kind) {
        List<Handle> matching = new ArrayList<>();
        for (HandleInfo info : state.handles()) {
            if (info.handle().kind() == kind) {
                matching.add(info.handle());
            }
        }
        return matching;
    }
}
