package fmx.export;

/** Where a long export reports how far it got and learns that it should stop. Called on the exporting thread. */
public interface ExportProgress {
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void update(int done, int total);

    boolean cancelled();
}
