"""What the pages show, computed from the Dataset; the pages only draw it.

- ``overview``: the home page's figures, pipeline and what moved;
- ``network``: the actor network's graph (memberships as edges, filters, node keys, focus);
- ``network_metrics``: its metrics (degree, bridges, mix of actor types) and the page's tables;
- ``betweenness``: betweenness centrality (Brandes' algorithm, vectorised, sampled when large);
- ``network_drawing``: the part of the network drawn, placed, as line segments;
- ``library``: every deliverable and the open calls for contributions;
- ``agenda``: the events and the Reset Days, and the agenda's .ics file;
- ``sheet``: everything about one coalition, for its sheet;
- ``reminders``: what a lead still has to post before the next Reset Day (« Mes coalitions »);
- ``chart_alt``: the charts' text alternatives.
"""
