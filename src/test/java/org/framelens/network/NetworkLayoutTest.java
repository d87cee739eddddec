package org.framelens.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkLayoutTest {

  private static Map<String, double[]> layout() {
    return NetworkLayout.layout(NetworkView.TWO_MODE.graph(Networks.small()).graph(), 800, 500);
  }

  @Test
  void theSameNetworkIsLaidOutTheSameWayEveryTime() {
    Map<String, double[]> a = layout();
    Map<String, double[]> b = layout();
    assertEquals(a.keySet(), b.keySet());
    a.forEach((v, p) -> assertArrayEquals(p, b.get(v), v));
  }

  @Test
  void everyVertexLiesInsideTheBoxAndNoTwoCoincide() {
    Map<String, double[]> at = layout();
    assertEquals(8, at.size());
    for (double[] p : at.values()) {
      assertTrue(p[0] >= 0 && p[0] <= 800 && p[1] >= 0 && p[1] <= 500, p[0] + "," + p[1]);
    }
    for (String v : at.keySet()) {
      for (String w : at.keySet()) {
        if (!v.equals(w)) {
          double d = Math.hypot(at.get(v)[0] - at.get(w)[0], at.get(v)[1] - at.get(w)[1]);
          assertTrue(d > 1, v + " on top of " + w);
        }
      }
    }
  }

  @Test
  void verticesWithoutEdgesAreSetApartInTheBottomRow() {
    // in the congruence projection the mayor shares nothing with anyone
    Map<String, double[]> at = NetworkLayout.layout(NetworkView.CONGRUENCE.graph(Networks.small()).graph(), 800, 500);
    double[] mayor = at.get("mayor-lind");
    for (Map.Entry<String, double[]> e : at.entrySet()) {
      if (!e.getKey().equals("mayor-lind")) {
        assertTrue(e.getValue()[1] < mayor[1], e.getKey() + " above the row of the unlinked");
      }
    }
    assertNotEquals(at.get("minister-a")[0], at.get("senator-c")[0]);
  }
}
