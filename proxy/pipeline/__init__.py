"""The pure pipeline stages, in order: ``parse``, ``htmltext``, ``fold``, ``quotes``, ``normalise``,
then (after ``proxy.detectors``) ``decide`` and ``rewrite``; ``filetype`` serves parse and the
detectors, and ``checker`` runs the stages for one message.
"""
