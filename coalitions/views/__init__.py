"""What the pages show, computed from the Dataset; the pages only draw it.

- ``overview``: the home page's figures, pipeline and what moved;
- ``network``: the actor network (who takes part where, bridges, mix of actor types);
- ``library``: every deliverable and the open calls for contributions;
- ``agenda``: the events and the Reset Days, and the agenda's .ics file;
- ``sheet``: everything about one coalition, for its sheet;
- ``reminders``: what a lead still has to post before the next Reset Day (« Mes coalitions »);
- ``chart_alt``: the charts' text alternatives.
"""
