"""Reads a GraphML or GEXF file with networkx (and GraphML with igraph too) and prints what it
found as one JSON object, for NetworkReadByNetworkxTest to check."""
import json
import sys

import networkx as nx

path = sys.argv[1]
g = nx.read_gexf(path) if path.endswith(".gexf") else nx.read_graphml(path)
out = {
    "nodes": {n: {k: v for k, v in d.items()} for n, d in g.nodes(data=True)},
    "edges": sorted([a, b, d.get("weight"), d.get("for"), d.get("against")] for a, b, d in g.edges(data=True)),
}
if path.endswith(".graphml"):
    import igraph

    ig = igraph.Graph.Read_GraphML(path)
    out["igraph"] = {"nodes": ig.vcount(), "weights": sorted(ig.es["weight"])}
print(json.dumps(out, sort_keys=True))
