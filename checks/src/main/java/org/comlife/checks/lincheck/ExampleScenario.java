package org.comlife.checks.lincheck;

import org.comlife.model.ComWorld;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.OutOfProcessServerExample;
import org.comlife.model.examples.ThreadStarter;
import org.comlife.model.examples.VsPackageExample;

/** The source documents' programs, runnable in a fresh world with a chosen join timeout. */
public enum ExampleScenario {
    VS_PACKAGE {
        @Override
        public ComWorld run(ComWorld world, long joinTimeoutMillis) throws InterruptedException {
            return VsPackageExample.run(world, joinTimeoutMillis);
        }
        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            VsPackageExample.start(world, threads);
        }
    },
    MANAGED_AUTO_MARSHAL {
        @Override
        public ComWorld run(ComWorld world, long joinTimeoutMillis) throws InterruptedException {
            return ManagedAutoMarshalExample.run(world, joinTimeoutMillis);
        }
        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            ManagedAutoMarshalExample.start(world, threads);
        }
    },
    OUT_OF_PROCESS_SERVER {
        @Override
        public ComWorld run(ComWorld world, long joinTimeoutMillis) throws InterruptedException {
            return OutOfProcessServerExample.run(world, joinTimeoutMillis);
        }
        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            OutOfProcessServerExample.start(world, threads);
        }
    },
    /** The misuse the first document warns about: the main thread's pointer used on the background thread. */
    VS_PACKAGE_FOREIGN_POINTER {
        @Override
        public ComWorld run(ComWorld world, long joinTimeoutMillis) throws InterruptedException {
            return VsPackageExample.runForeignPointer(world, joinTimeoutMillis);
        }
        @Override
        public void start(ComWorld world, ThreadStarter threads) {
            VsPackageExample.startForeignPointer(world, threads);
        }
    };

    /** Runs the program on real threads in the world and returns it once every thread has ended. */
    public abstract ComWorld run(ComWorld world, long joinTimeoutMillis) throws InterruptedException;

    /** Starts the program's threads through the starter (real threads or the deterministic scheduler). */
    public abstract void start(ComWorld world, ThreadStarter threads);

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }
}
