package org.bobine.plugin.impl.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.io.FileUtils;
import org.bobine.core.api.BobineException;
import org.bobine.plugin.api.PluginService;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A plugin KAR, checked before anything is installed: a zip whose {@code repository/} folder is a Maven
 * layout holding one features file with exactly one feature named {@code bobine-plugin-<name>}.
 *
 * @param name        the plugin's short name
 * @param feature     the feature's name
 * @param version     the feature's version
 * @param description the feature's description, or ""
 * @param featuresXml the features file's path inside {@code repository/}
 * @param bundles     the locations of the plugin feature's own bundles
 */
record KarFile(String name, String feature, String version, String description, String featuresXml, List<String> bundles) {

    static final String REPOSITORY = "repository/";
    private static final long MAX_ENTRIES = 10_000;

    /**
     * @param kar a file that should be a plugin KAR
     * @return what it holds
     * @throws BobineException 400 with what is wrong
     */
    static KarFile inspect(Path kar) {
        List<KarFile> found = new ArrayList<>();
        try (ZipFile zip = new ZipFile(kar.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw BobineException.badRequest("The KAR has too many entries (" + zip.size() + ")");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                checkName(e.getName());
                if (e.isDirectory() || !e.getName().startsWith(REPOSITORY) || !e.getName().endsWith(".xml")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(e)) {
                    readFeatures(in, e.getName().substring(REPOSITORY.length()), found);
                }
            }
        } catch (ZipException e) {
            throw BobineException.badRequest("Not a KAR (zip) file: " + e.getMessage());
        } catch (IOException e) {
            throw BobineException.badRequest("The KAR cannot be read: " + e.getMessage());
        }
        if (found.isEmpty()) {
            throw BobineException.badRequest("The KAR holds no feature named " + PluginService.PREFIX + "<name>: it is not a Bobine plugin");
        }
        if (found.size() > 1) {
            throw BobineException.badRequest("The KAR holds several plugin features (" + found.stream().map(KarFile::feature).toList()
                + "): a KAR is one plugin");
        }
        return found.get(0);
    }

    private static void checkName(String name) {
        if (name.startsWith("/") || name.contains("\\") || name.contains("\0")
            || Arrays.asList(name.split("/")).contains("..")) {
            throw BobineException.badRequest("The KAR has an entry with an unsafe name: " + name);
        }
    }

    private static void readFeatures(InputStream in, String path, List<KarFile> found) {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            root = f.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (Exception e) {
            return; // Not XML we understand (a POM, metadata...): not a features file.
        }
        if (!"features".equals(root.getLocalName())) {
            return;
        }
        NodeList features = root.getChildNodes();
        for (int i = 0; i < features.getLength(); i++) {
            if (!(features.item(i) instanceof Element fe) || !"feature".equals(fe.getLocalName())) {
                continue;
            }
            String feature = fe.getAttribute("name");
            if (!feature.startsWith(PluginService.PREFIX)) {
                continue;
            }
            String name = feature.substring(PluginService.PREFIX.length());
            if (!PluginNames.NAME.matcher(name).matches()) {
                throw BobineException.badRequest("Invalid plugin name '" + name + "': lower-case letters, digits and dashes");
            }
            String version = fe.getAttribute("version").isEmpty() ? "0.0.0" : fe.getAttribute("version");
            List<String> bundles = new ArrayList<>();
            NodeList children = fe.getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j) instanceof Element b && "bundle".equals(b.getLocalName())) {
                    bundles.add(b.getTextContent().trim());
                }
            }
            found.add(new KarFile(name, feature, version, fe.getAttribute("description"), path, List.copyOf(bundles)));
        }
    }

    /**
     * Checks that every bundle of the plugin feature is inside the KAR: a plugin carries its bundles, and
     * Karaf would otherwise spend minutes retrying downloads before failing.
     *
     * @param kar the KAR
     * @throws BobineException 400 naming the first bundle that is not there
     */
    void checkBundlesInside(Path kar) {
        try (ZipFile zip = new ZipFile(kar.toFile())) {
            for (String location : bundles) {
                String entry = mavenPath(location);
                if (entry == null) {
                    throw BobineException.badRequest("Bundle " + location + ": a plugin's bundles are Maven artifacts inside its KAR (mvn:...)");
                }
                if (zip.getEntry(REPOSITORY + entry) == null) {
                    throw BobineException.badRequest("Bundle " + location + " is not in the KAR");
                }
            }
        } catch (IOException e) {
            throw BobineException.badRequest("The KAR cannot be read: " + e.getMessage());
        }
    }

    /** @return the repository path of {@code mvn:group/artifact/version[/type[/classifier]]}, or null */
    static String mavenPath(String location) {
        if (!location.startsWith("mvn:") || location.contains("!") || location.contains("@")) {
            return null;
        }
        String[] p = location.substring(4).split("/");
        if (p.length < 3 || p.length > 5 || Arrays.stream(p).anyMatch(x -> x.isEmpty() || x.equals(".."))) {
            return null;
        }
        String type = p.length > 3 ? p[3] : "jar";
        String classifier = p.length > 4 ? "-" + p[4] : "";
        return p[0].replace('.', '/') + "/" + p[1] + "/" + p[2] + "/" + p[1] + "-" + p[2] + classifier + "." + type;
    }

    /**
     * Unpacks the KAR's repository into a folder (a new one, renamed into place when complete).
     *
     * @param kar    the KAR
     * @param target the folder to create; replaced if it exists
     * @throws IOException when the disk fails
     */
    static void extractRepository(Path kar, Path target) throws IOException {
        Path tmp = target.resolveSibling(".tmp-" + target.getFileName() + "-" + System.nanoTime());
        try (ZipFile zip = new ZipFile(kar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory() || !e.getName().startsWith(REPOSITORY)) {
                    continue;
                }
                Path out = tmp.resolve(e.getName().substring(REPOSITORY.length())).normalize();
                if (!out.startsWith(tmp)) {
                    throw BobineException.badRequest("The KAR has an entry with an unsafe name: " + e.getName());
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, out);
                }
            }
        } catch (IOException | RuntimeException e) {
            FileUtils.deleteQuietly(tmp.toFile());
            throw e;
        }
        FileUtils.deleteQuietly(target.toFile());
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
