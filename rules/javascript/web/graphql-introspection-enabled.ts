import { ApolloServer } from '@apollo/server';
import { graphqlHTTP } from 'express-graphql';
import * as apollo from 'apollo-server-express';

// vetted-expect: js.web.graphql-introspection-enabled
const server = new ApolloServer({ typeDefs, resolvers, introspection: true });

export function buildServer(schema) {
  return new apollo.ApolloServer({
    schema,
    // vetted-expect: js.web.graphql-introspection-enabled
    introspection: true,
    context: ({ req }) => ({ user: req.user }),
  });
}

app.use(
  '/graphql',
  graphqlHTTP({
    schema,
    // vetted-expect: js.web.graphql-introspection-enabled
    graphiql: true,
  }),
);

// Near misses

// vetted-ok: js.web.graphql-introspection-enabled
const byEnv = new ApolloServer({ typeDefs, resolvers, introspection: process.env.NODE_ENV !== 'production' });
// vetted-ok: js.web.graphql-introspection-enabled
const defaults = new ApolloServer({ typeDefs, resolvers });
// vetted-ok: js.web.graphql-introspection-enabled
const off = new ApolloServer({ typeDefs, resolvers, introspection: false });
// vetted-ok: js.web.graphql-introspection-enabled
app.use('/graphql', graphqlHTTP({ schema, graphiql: false }));
// vetted-ok: js.web.graphql-introspection-enabled
const devOnly = graphqlHTTP({ schema, graphiql: isDev });
// vetted-ok: js.web.graphql-introspection-enabled
const settings = { introspection: true };
// vetted-ok: js.web.graphql-introspection-enabled
// new ApolloServer({ typeDefs, resolvers, introspection: true })
export const done = true;
