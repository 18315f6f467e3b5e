package org.comlife.checks.lincheck;

import org.comlife.model.ComWorld;
import org.comlife.model.examples.ManagedAutoMarshalExample;
import org.comlife.model.examples.OutOfProcessServerExample;
import org.comlife.model.examples.VsPackageExample;

/** The source documents' programs, runnable in a fresh world with a chosen join timeout. */
public enum ExampleScenario {
    VS_PACKAGE {
        @Override
        public ComWorld run(ComWorld world, long joinTimeoutMillis) throws InterruptedException {
            return VsPackageExample.run(world, joinTimeoutMillis);
        }
    },
    MANAGED_AUTO_MARSHAL {
        @Override
        public ComWorld run(ComWorld world, long joinTimeoutMillis) throws InterruptedException {
            return ManagedAutoMarshalExample.run(world, joinTimeoutMillis);
        }
    },
    OUT_OF_PROCESS_SERVER {
        @Override
        public ComWorld run(ComWorld world, long joinTimeoutMillis) throws InterruptedException {
            return OutOfProcessServerExample.run(world, joinTimeoutMillis);
        }
    },
    /** The misuse the first document warns about: the main thread's pointer used on the background thread. */
    VS_PACKAGE_FOREIGN_POINTER {
        @Override
        public ComWorld run(ComWorld world, long joinTimeoutMillis) throws InterruptedException {
            return VsPackageExample.runForeignPointer(world, joinTimeoutMillis);
        }
    };

    /** Runs the program on real threads in the world and returns it once every thread has ended. */
    public abstract ComWorld run(ComWorld world, long joinTimeoutMillis) throws InterruptedException;

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }
}
