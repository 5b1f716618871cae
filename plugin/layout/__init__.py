"""Printed duty maps: layout templates filled from the command map and exported to PDF.

``templates`` loads and checks the .qpt templates (items found by id), ``fonts`` finds a
Chinese font, ``data`` turns the command map's layers into what the pages show, and
``dutymap`` builds the pages and writes the PDF one page at a time.
"""
