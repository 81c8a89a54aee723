"""Time: what was true on a day, and what changed between two days.

- ``timeline``: the one owner of time in the domain (a coalition's stage, members and
  deliverables on a day D; the cut of the whole dataset at D);
- ``resetdays``: the monthly Reset Days, their recurrence, numbers and meetings;
- ``asof``: the community as it stood on each date (history charts, past Reset Days);
- ``changes``: what happened between two Reset Days (« depuis le dernier Reset Day »);
- ``progress``: how coalitions move through the stages (time in stage, launch readiness).
"""
