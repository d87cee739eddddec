package org.framelens.network;

import java.util.List;
import org.framelens.network.DiscourseNetwork.ActorNode;
import org.framelens.network.DiscourseNetwork.TargetNode;
import org.framelens.network.DiscourseNetwork.Tie;

/** A small hand-made network: two ministers against sanctions, a senator for them, a mayor alone. */
final class Networks {

  private Networks() {}

  static DiscourseNetwork small() {
    return new DiscourseNetwork(
        List.of(
            new ActorNode("mayor-lind", "Mayor Lind", "PERSON", "", 1),
            new ActorNode("minister-a", "Minister Ardo", "PERSON", "ardonia", 4),
            new ActorNode("minister-b", "Minister Bell", "PERSON", "bellmark", 2),
            new ActorNode("senator-c", "Senator Cole & Sons", "PERSON", "", 3)),
        List.of(new TargetNode("sanctions", "sanctions"), new TargetNode("tariffs", "tariffs"),
            new TargetNode("parks", "city parks")),
        List.of(
            new Tie("minister-a", "sanctions", 0, 3),
            new Tie("minister-b", "sanctions", 0, 1),
            new Tie("senator-c", "sanctions", 2, 0),
            new Tie("minister-a", "tariffs", 1, 0),
            new Tie("senator-c", "tariffs", 1, 1),
            new Tie("mayor-lind", "parks", 5, 0)));
  }
}
