"""Updates posted from the dashboard, and who may see and post.

- ``update``: a lead's monthly update, from the form's fields to the rows appended;
- ``appends``: the row type the write path passes around (``data_sources.writing`` sends it);
- ``editors``: who may post a coalition's update;
- ``access``: who may see the dashboard (passcodes, e-mail allow-lists, delays after failures).
"""
