package org.framelens.network;

import java.util.List;
import org.framelens.network.DiscourseNetwork.ActorNode;
import org.framelens.network.DiscourseNetwork.TargetNode;
import org.framelens.network.DiscourseNetwork.Tie;

/**
 * A small hand-made network: two ministers against sanctions, a senator for them, a mayor alone
 * but for a free-text target one minister shares.
 */
final class Networks {

  private Networks() {}

  static DiscourseNetwork small() {
    return new DiscourseNetwork(
        List.of(
            new ActorNode("mayor-lind", "Mayor Lind", "PERSON", "", 1),
            new ActorNode("minister-a", "Minister Ardo", "PERSON", "ardonia", 4),
            new ActorNode("minister-b", "Minister Bell", "PERSON", "bellmark", 2),
            new ActorNode("senator-c", "Senator Cole & Sons", "PERSON", "", 3)),
        List.of(new TargetNode("sanctions", "sanctions", "theme"), new TargetNode("tariffs", "tariffs", "concept"),
            new TargetNode("parks", "city parks", "concept"), new TargetNode("text:the bill", "the bill", "text")),
        List.of(
            new Tie("minister-a", "sanctions", 0, 3),
            new Tie("minister-b", "sanctions", 0, 1),
            new Tie("senator-c", "sanctions", 2, 0),
            new Tie("minister-a", "tariffs", 1, 0),
            new Tie("senator-c", "tariffs", 1, 1),
            new Tie("mayor-lind", "parks", 5, 0),
            // the mayor and a minister both against "the bill", as written: maybe not one bill
            new Tie("mayor-lind", "text:the bill", 0, 1),
            new Tie("minister-b", "text:the bill", 0, 2)));
  }
}
