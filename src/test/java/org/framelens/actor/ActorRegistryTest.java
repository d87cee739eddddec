package org.framelens.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.framelens.FramelensException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorRegistryTest {

  @TempDir
  Path dir;

  @Test
  void readsYamlEntriesAndFindsThemByAnyAliasWhateverTheCase() throws Exception {
    Path file = dir.resolve("actors.yaml");
    Files.writeString(file, """
        actors:
          - name: Anna Berg
            aliases: [Berg, A. Berg]
            type: person
            role: Foreign Minister
            affiliation: sweden
            wikidata: Q123
          - name: Nordic Council
            type: organisation
        """);
    ActorRegistry registry = ActorRegistry.load(file);
    ActorRegistry.Entry berg = registry.find("a berg").orElseThrow();
    assertEquals("anna-berg", berg.id());
    assertEquals(Optional.of("sweden"), berg.affiliation());
    assertEquals(Optional.of("Q123"), berg.wikidata());
    assertEquals(Actor.Type.ORGANIZATION, registry.find("NORDIC COUNCIL").orElseThrow().type());
    assertEquals(Optional.empty(), registry.find("Berglund"));
  }

  @Test
  void readsTsvWithAnOptionalHeader() throws Exception {
    Path file = dir.resolve("actors.tsv");
    Files.writeString(file, "name\taliases\ttype\trole\taffiliation\twikidata\n"
        + "Lars Holm\tHolm|L. Holm\tperson\tmayor\tnorway\t\n");
    ActorRegistry registry = ActorRegistry.load(file);
    assertEquals(List.of("Holm", "L. Holm"), registry.find("Holm").orElseThrow().aliases());
    assertEquals(Optional.of("mayor"), registry.entries().get(0).role());
  }

  @Test
  void theReadmeExampleIsAValidRegistry() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int section = readme.indexOf("## Actors across a corpus");
    int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
    String yaml = readme.substring(start, readme.indexOf("```", start)).stripIndent();
    Path file = Files.writeString(dir.resolve("readme.yaml"), yaml);
    ActorRegistry.Entry e = ActorRegistry.load(file).find("von der Leyen").orElseThrow();
    assertEquals(Optional.of("eu"), e.affiliation());
    assertEquals(Optional.of("Q60772"), e.wikidata());
  }

  @Test
  void aBadEntryIsOneLineNamingTheFileAndWhere() throws Exception {
    Path tsv = dir.resolve("bad.tsv");
    Files.writeString(tsv, "Lars Holm\t\tplanet\n");
    FramelensException e = assertThrows(FramelensException.class, () -> ActorRegistry.load(tsv));
    assertTrue(e.getMessage().startsWith(tsv + ":1: type 'planet'"), e.getMessage());
    Path yaml = dir.resolve("bad.yaml");
    Files.writeString(yaml, "- name: X\n  wikidata: 42\n");
    e = assertThrows(FramelensException.class, () -> ActorRegistry.load(yaml));
    assertTrue(e.getMessage().startsWith(yaml + ": actors[0]: wikidata '42'"), e.getMessage());
    Files.writeString(yaml, "- name: [unclosed\n");
    e = assertThrows(FramelensException.class, () -> ActorRegistry.load(yaml));
    assertTrue(e.getMessage().startsWith(yaml.toString()) && !e.getMessage().contains("\n"), e.getMessage());
  }
}
