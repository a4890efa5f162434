package io.slotwise.admin.core;

import static io.slotwise.admin.core.Texts.text;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Where exports are saved: the folder chosen the first time (remembered in the settings), so that
 * later exports go there without asking. A folder that is gone is asked for again.
 */
public final class ExportFolder {

    static final String KEY = "export.folder";

    private final Settings settings;

    public ExportFolder(Settings settings) {
        this.settings = settings;
    }

    /** The remembered folder, else the one the user picks now (empty if they cancel). */
    public Optional<Path> choose(Window owner) {
        Optional<Path> remembered = settings.get(KEY).map(Path::of).filter(Files::isDirectory);
        if (remembered.isPresent()) {
            return remembered;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(text("exports.chooseFolder"));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        Optional<Path> picked = Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        picked.ifPresent(folder -> settings.put(KEY, folder.toString()));
        return picked;
    }
}
