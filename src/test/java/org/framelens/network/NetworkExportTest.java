package org.framelens.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the exports back with the JDK's XML parser: nodes, their attributes and weighted edges. */
class NetworkExportTest {

  @Test
  void graphmlTwoModeHoldsActorsTargetsAndTiesWeightedByForAndAgainst() throws Exception {
    Document doc = parse(graphml(NetworkView.TWO_MODE));
    Map<String, String> keys = new TreeMap<>(); // key id -> attribute name
    NodeList keyNodes = doc.getElementsByTagName("key");
    for (int i = 0; i < keyNodes.getLength(); i++) {
      Element k = (Element) keyNodes.item(i);
      keys.put(k.getAttribute("id"), k.getAttribute("attr.name"));
    }
    Map<String, Map<String, String>> nodes = dataOf(doc.getElementsByTagName("node"), "id", keys);
    assertEquals(8, nodes.size());
    assertEquals("Senator Cole & Sons", nodes.get("actor:senator-c").get("label"));
    assertEquals("3", nodes.get("actor:senator-c").get("quotes"));
    assertEquals("ardonia", nodes.get("actor:minister-a").get("affiliation"));
    assertEquals("target", nodes.get("target:parks").get("mode"));
    assertEquals("city parks", nodes.get("target:parks").get("label"));
    assertEquals("text", nodes.get("target:text:the bill").get("type"));
    assertEquals("theme", nodes.get("target:sanctions").get("type"));

    NodeList edges = doc.getElementsByTagName("edge");
    assertEquals(8, edges.getLength());
    Map<String, Map<String, String>> byEnds = new TreeMap<>();
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      byEnds.put(e.getAttribute("source") + " " + e.getAttribute("target"), data(e, keys));
    }
    Map<String, String> tariffs = byEnds.get("actor:senator-c target:tariffs");
    assertEquals("1", tariffs.get("for"));
    assertEquals("1", tariffs.get("against"));
    assertEquals(2.0, Double.parseDouble(tariffs.get("weight")));
    assertEquals(3.0, Double.parseDouble(byEnds.get("actor:minister-a target:sanctions").get("weight")));
  }

  @Test
  void gexfConflictProjectionLinksOnlyActorsWithWeights() throws Exception {
    Document doc = parse(gexf(NetworkView.CONFLICT));
    Map<String, String> attrs = new TreeMap<>(); // node attribute id -> title
    Element nodeAttributes = (Element) doc.getElementsByTagName("attributes").item(0);
    assertEquals("node", nodeAttributes.getAttribute("class"));
    NodeList attrNodes = nodeAttributes.getElementsByTagName("attribute");
    for (int i = 0; i < attrNodes.getLength(); i++) {
      Element a = (Element) attrNodes.item(i);
      attrs.put(a.getAttribute("id"), a.getAttribute("title"));
    }
    NodeList nodes = doc.getElementsByTagName("node");
    assertEquals(4, nodes.getLength());
    Map<String, String> labels = new TreeMap<>();
    Map<String, String> types = new TreeMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element n = (Element) nodes.item(i);
      labels.put(n.getAttribute("id"), n.getAttribute("label"));
      NodeList values = n.getElementsByTagName("attvalue");
      for (int j = 0; j < values.getLength(); j++) {
        Element v = (Element) values.item(j);
        if (attrs.get(v.getAttribute("for")).equals("type")) {
          types.put(n.getAttribute("id"), v.getAttribute("value"));
        }
      }
    }
    assertEquals("Minister Bell", labels.get("minister-b"));
    assertEquals("PERSON", types.get("minister-b"));
    NodeList edges = doc.getElementsByTagName("edge");
    assertEquals(2, edges.getLength());
    Element first = (Element) edges.item(0);
    assertEquals("minister-a", first.getAttribute("source"));
    assertEquals("senator-c", first.getAttribute("target"));
    assertEquals(2.0, Double.parseDouble(first.getAttribute("weight")));
  }

  @Test
  void theSameNetworkExportsToTheSameBytes() throws Exception {
    assertEquals(gexf(NetworkView.TWO_MODE), gexf(NetworkView.TWO_MODE));
    assertEquals(graphml(NetworkView.CONGRUENCE), graphml(NetworkView.CONGRUENCE));
  }

  static String graphml(NetworkView view) throws Exception {
    StringWriter w = new StringWriter();
    NetworkExport.graphml(view.graph(Networks.small()), w);
    return w.toString();
  }

  static String gexf(NetworkView view) throws Exception {
    StringWriter w = new StringWriter();
    NetworkExport.gexf(view.graph(Networks.small()), w);
    return w.toString();
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, Map<String, String>> dataOf(NodeList elements, String idAttr, Map<String, String> keys) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    for (int i = 0; i < elements.getLength(); i++) {
      Element e = (Element) elements.item(i);
      out.put(e.getAttribute(idAttr), data(e, keys));
    }
    return out;
  }

  private static Map<String, String> data(Element e, Map<String, String> keys) {
    Map<String, String> out = new TreeMap<>();
    NodeList data = e.getElementsByTagName("data");
    for (int j = 0; j < data.getLength(); j++) {
      Element d = (Element) data.item(j);
      out.put(keys.get(d.getAttribute("key")), d.getTextContent());
    }
    return out;
  }
}
