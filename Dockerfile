# The official Odoo 19 image with the PyPI packages the People Made addons use.
# The addons themselves are mounted by docker-compose.yml, not copied.
FROM odoo:19

USER root
COPY requirements.txt /tmp/people-made-requirements.txt
# --no-deps: the OCA wheels ask for the "odoo" distribution, which the image
# ships as a Debian package that pip cannot see.
RUN pip3 install --no-cache-dir --no-deps --break-system-packages \
        -r /tmp/people-made-requirements.txt \
    && rm /tmp/people-made-requirements.txt
COPY docker/entrypoint.sh docker/init.sh /usr/local/bin/people-made/
RUN chmod 0755 /usr/local/bin/people-made/*.sh
USER odoo

ENTRYPOINT ["/usr/local/bin/people-made/entrypoint.sh"]
CMD ["odoo"]
