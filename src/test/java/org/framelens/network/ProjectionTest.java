package org.framelens.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framelens.network.Projection.Link;
import org.junit.jupiter.api.Test;

class ProjectionTest {

  @Test
  void congruenceCountsEveryTargetAndSideTwoActorsShare() {
    assertEquals(List.of(
            new Link("minister-a", "minister-b", 1),
            new Link("minister-a", "senator-c", 1)),
        Projection.CONGRUENCE.links(Networks.small()));
  }

  @Test
  void conflictCountsEveryTargetWhereOneIsForAndTheOtherAgainst() {
    // sanctions: senator for, both ministers against; tariffs: minister for, senator against
    assertEquals(List.of(
            new Link("minister-a", "senator-c", 2),
            new Link("minister-b", "senator-c", 1)),
        Projection.CONFLICT.links(Networks.small()));
  }

  @Test
  void aSharedFreeTextTargetLinksNobody() {
    // the mayor and minister Bell are both against "the bill" as written, and share nothing else
    DiscourseNetwork n = Networks.small();
    for (Projection p : Projection.values()) {
      p.links(n).forEach(l -> {
        assertEquals(false, l.a().equals("mayor-lind") || l.b().equals("mayor-lind"), p + " " + l);
      });
    }
  }
}
