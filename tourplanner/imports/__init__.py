"""Reading what organisers are sent: bytes in, plain values out (no SQL, no Qt).

The services decide what to do with the values; the readers here only turn a file's bytes
into rows of text (spreadsheets), refusing hostile containers before they are opened.
"""
