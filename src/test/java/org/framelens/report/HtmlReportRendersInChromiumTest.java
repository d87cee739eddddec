package org.framelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the sample report in headless Chromium and checks the screenshot is a real picture.
 * Skipped where /usr/bin/chromium is absent. Set {@code -Dframelens.screenshot=FILE} to keep a copy.
 */
class HtmlReportRendersInChromiumTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void htmlReportRendersToANonBlankScreenshot(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed");
    Path page = dir.resolve("report.html");
    try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
      ReportFormat.HTML.renderer().render(FramingReport.of(ReportFixtures.corpus()), w);
    }
    Path png = dir.resolve("report.png");
    Path profile = Files.createDirectory(dir.resolve("profile"));
    Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--window-size=1280,2000", "--screenshot=" + png, page.toUri().toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    boolean done = chromium.waitFor(120, TimeUnit.SECONDS);
    if (!done) {
      chromium.destroyForcibly();
    }
    assertTrue(done, "chromium finished");
    assertTrue(Files.isRegularFile(png), "screenshot written; log: " + Files.readString(dir.resolve("chromium.log")));

    byte[] magic = new byte[8];
    try (InputStream in = Files.newInputStream(png)) {
      assertEquals(8, in.read(magic));
    }
    assertEquals("\u0089PNG\r\n\u001a\n", new String(magic, StandardCharsets.ISO_8859_1));

    BufferedImage image = ImageIO.read(png.toFile());
    assertNotNull(image, "decodable PNG");
    assertEquals(1280, image.getWidth());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > 50, "a page with charts has many colours, found " + colours.size());

    String keep = System.getProperty("framelens.screenshot");
    if (keep != null && !keep.isBlank()) {
      Files.copy(png, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
