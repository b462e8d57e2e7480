const express = require('express');
const { ApolloServer } = require('@apollo/server');
const apolloExpress = require('apollo-server-express');
const { graphqlHTTP } = require('express-graphql');
const { createYoga } = require('graphql-yoga');
const Fastify = require('fastify');
const mercurius = require('mercurius');

const app = express();

const server = new ApolloServer({
  typeDefs,
  resolvers,
  // vetted-expect: js.web.graphql-introspection-enabled
  introspection: process.env.NODE_ENV !== 'production',
});

const legacy = new apolloExpress.ApolloServer({
  schema,
  // vetted-expect: js.web.graphql-introspection-enabled
  introspection: process.env.NODE_ENV !== 'production',
  // vetted-expect: js.web.graphql-introspection-enabled
  playground: process.env.NODE_ENV !== 'production',
  context: ({ req }) => ({ user: req.user }),
});

app.use(
  '/graphql',
  graphqlHTTP({
    schema,
    rootValue: root,
    // vetted-expect: js.web.graphql-introspection-enabled
    graphiql: process.env.NODE_ENV !== 'production',
  }),
);

// vetted-expect: js.web.graphql-introspection-enabled
const yoga = createYoga({ schema, graphiql: process.env.NODE_ENV !== 'production' });

const fastify = Fastify();
// vetted-expect: js.web.graphql-introspection-enabled
fastify.register(mercurius, { schema, resolvers, graphiql: process.env.NODE_ENV !== 'production' });

const devOnly = new ApolloServer({
  typeDefs,
  resolvers,
  // vetted-ok: js.web.graphql-introspection-enabled
  introspection: process.env.NODE_ENV !== 'production',
});

// vetted-ok: js.web.graphql-introspection-enabled
const defaults = new ApolloServer({ typeDefs, resolvers });
// vetted-ok: js.web.graphql-introspection-enabled
const locked = new ApolloServer({ typeDefs, resolvers, introspection: false });
// vetted-ok: js.web.graphql-introspection-enabled
app.use('/graphql', graphqlHTTP({ schema, graphiql: false }));
// vetted-ok: js.web.graphql-introspection-enabled
const yoga2 = createYoga({ schema, graphiql: isDev });
// vetted-ok: js.web.graphql-introspection-enabled
const options = { introspection: true, verbose: true };
// vetted-ok: js.web.graphql-introspection-enabled
// const server = new ApolloServer({ typeDefs, resolvers, introspection: true });

module.exports = { server, legacy, yoga, devOnly, defaults, locked, yoga2, options };
